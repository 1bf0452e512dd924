package org.treatyportal.web;

/**
 * Rewrites the links templates build, after the language prefix is added: a shared layer
 * (the static files' hashed addresses) plugs in here as a bean, so that one link builder
 * does both.
 */
@FunctionalInterface
public interface LinkRewriter {

	/** The link to write instead, or the link itself. */
	String rewrite(String link);

}
