package org.treatyportal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks which item of the main navigation a page belongs to, so that the layout can
 * highlight it. Put it on a handler method or on a whole controller.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface NavigationSection {

	/** The section's name, as used in the layout's navigation (e.g. {@code news}). */
	String value();

}
