/**
 * Treaties, the States' records and statements, entry into force, the chart of signatures
 * and ratifications, the timeline, and their admin screens.
 */
package org.treatyportal.treaties;
