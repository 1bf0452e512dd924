package org.treatyportal.news;

/**
 * The filters a reader can apply to an article list; {@code null} means "any".
 *
 * @param year publication year in the site's time zone
 * @param category slug of a category
 */
public record ArticleListFilter(Integer year, String category) {

	/** The same filter for another year; the year already chosen toggles it off. */
	public ArticleListFilter withYear(Integer year) {
		return new ArticleListFilter(year.equals(this.year) ? null : year, this.category);
	}

	/**
	 * The same filter for another category; the category already chosen toggles it off.
	 */
	public ArticleListFilter withCategory(String category) {
		return new ArticleListFilter(this.year, category.equals(this.category) ? null : category);
	}

	/** The list's address with these filters and the given page. */
	public String url(ArticleKind kind, int page) {
		StringBuilder url = new StringBuilder("/").append(kind.path());
		char separator = '?';
		if (this.year != null) {
			url.append(separator).append("year=").append(this.year);
			separator = '&';
		}
		if (this.category != null) {
			url.append(separator).append("category=").append(this.category);
			separator = '&';
		}
		if (page > 1) {
			url.append(separator).append("page=").append(page);
		}
		return url.toString();
	}

}
