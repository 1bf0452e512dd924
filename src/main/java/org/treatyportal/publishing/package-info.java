/**
 * What every content type shares: publication states and the editorial workflow,
 * revisions and their comparison, edit conflicts, slugs and their history, the HTML
 * sanitiser, attachments, and the shared admin screens. A content type extends
 * {@link EditableContent}, {@link EditorialWorkflow} and
 * {@link EditorialAdminController}.
 */
package org.treatyportal.publishing;
