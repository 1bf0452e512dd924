/**
 * Tests of several application nodes on one PostgreSQL: two contexts of the whole
 * application, each on its own port, in one JVM.
 */
package org.treatyportal.cluster;
