/**
 * Full-text search across everything published, over every {@link SearchSource} bean,
 * with its results cache.
 */
package org.treatyportal.search;
