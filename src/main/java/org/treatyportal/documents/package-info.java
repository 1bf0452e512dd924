/**
 * The document library: documents with one file per language, their versions, and the
 * text of their PDF files for search.
 */
package org.treatyportal.documents;
