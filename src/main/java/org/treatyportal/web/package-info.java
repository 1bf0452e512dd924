/**
 * What every page shares: navigation, pagination, redirects, error pages and the layout's
 * model.
 */
package org.treatyportal.web;
