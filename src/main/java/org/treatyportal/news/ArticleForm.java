package org.treatyportal.news;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.treatyportal.publishing.EditorialForm;

/**
 * What an editor types into the news or press release form: the editorial fields and
 * the topics.
 */
public class ArticleForm extends EditorialForm {

	private List<Long> categoryIds = new ArrayList<>();

	@Size(max = 300)
	private String newCategories;

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

}
