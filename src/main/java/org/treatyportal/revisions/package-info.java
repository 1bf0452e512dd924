/**
 * Revisioned editing, shared by every editable thing: snapshots of each save, refusal of
 * a stale form with an account of the other person's changes, comparison and restore of
 * revisions, and the audit entry of each change. The publishing workflow builds on it;
 * treaties, their records and countries use it directly.
 */
package org.treatyportal.revisions;
