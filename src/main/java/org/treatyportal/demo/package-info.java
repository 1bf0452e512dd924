/**
 * The demo content, in one home: the switch, the repeatable migrations of {@code demo/}
 * (news, press releases, events, pages, treaties, countries) and the demo documents with
 * their placeholder files.
 */
package org.treatyportal.demo;
