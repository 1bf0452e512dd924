package org.treatyportal.treaties;

import java.util.List;

/**
 * What the document library implements to list a treaty's texts and explanatory reports,
 * in every language it holds. Until it exists, the treaty page says that no text is
 * published here yet.
 */
public interface TreatyTexts {

	/** The published texts and explanatory reports of the treaty. */
	List<TreatyText> of(Treaty treaty);

}
