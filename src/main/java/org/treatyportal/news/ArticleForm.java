package org.treatyportal.news;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.treatyportal.publishing.EditorialForm;
import org.treatyportal.web.DatePrecision;

/**
 * What an editor types into the news or press release form: the editorial fields, the
 * topics, and whether the date is exact or known only to the month.
 */
public class ArticleForm extends EditorialForm {

	private List<Long> categoryIds = new ArrayList<>();

	@Size(max = 300)
	private String newCategories;

	@NotNull
	private DatePrecision datePrecision = DatePrecision.DAY;

	public List<Long> getCategoryIds() {
		return this.categoryIds;
	}

	public void setCategoryIds(List<Long> categoryIds) {
		this.categoryIds = (categoryIds != null) ? categoryIds : new ArrayList<>();
	}

	/** Names of categories to create, separated by commas. */
	public String getNewCategories() {
		return this.newCategories;
	}

	public void setNewCategories(String newCategories) {
		this.newCategories = newCategories;
	}

	/**
	 * {@code MONTH} when only the month of "Publish at" is known: the item is then dated
	 * to that month and published at its first day.
	 */
	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

}
