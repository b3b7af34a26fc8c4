/** {@code queryscope rules}: the rule catalog and each rule's documentation page. */
package io.queryscope.cli.ruledocs;
