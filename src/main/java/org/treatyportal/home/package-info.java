/**
 * The home page. It sits on top of the features it shows (news, events, treaties) so that
 * the shared {@code web} layer needs none of them.
 */
package org.treatyportal.home;
