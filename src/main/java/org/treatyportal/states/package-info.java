/**
 * The list of States as every feature sees it ({@link StateDirectory},
 * {@link StateName}), implemented by the countries feature. Features that refer to a
 * State by its code use it, so that none of them depends on the country profiles and the
 * site has one list.
 */
package org.treatyportal.states;
