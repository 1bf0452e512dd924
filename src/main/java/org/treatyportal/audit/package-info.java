/**
 * The audit log: who changed which item, or signed in, when and from where; and its admin
 * page.
 */
package org.treatyportal.audit;
