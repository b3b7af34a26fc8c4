/**
 * The dialect-neutral heart of queryscope: the model, the capture proxy, fingerprints, SQL analysis
 * and the two extension points ({@code Dialect}, {@code Rule}). It knows no dialect and no rule.
 */
package io.queryscope.core;
