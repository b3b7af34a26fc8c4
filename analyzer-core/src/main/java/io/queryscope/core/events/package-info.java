/**
 * What the capture proxy recorded, as immutable data: statements, connections, units of work and
 * pool figures. The capture writes these; rules and exporters read them.
 */
package io.queryscope.core.events;
