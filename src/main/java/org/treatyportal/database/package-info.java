/**
 * The embedded PostgreSQL started when no datasource URL is set, and the switch for the
 * demo content.
 */
package org.treatyportal.database;
