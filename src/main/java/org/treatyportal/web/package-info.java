/**
 * What every page shares: the home page, navigation, pagination, redirects and the
 * layout's model.
 */
package org.treatyportal.web;
