/** Facts about the analysed target that every layer shares: which server family and version. */
package io.queryscope.core.model;
