package org.treatyportal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * The links of a pager: previous, next, and page numbers around the current one with
 * gaps, each with its address. Pages are numbered from 1 as readers see them.
 *
 * @param current the page shown
 * @param total the number of pages
 * @param previousUrl address of the previous page, or {@code null} on the first
 * @param nextUrl address of the next page, or {@code null} on the last
 * @param links page numbers to show; a {@code null} number marks a gap
 */
public record Pagination(int current, int total, String previousUrl, String nextUrl, List<Link> links) {

	private static final int AROUND = 2;

	/**
	 * Builds the pager for a page of results.
	 * @param page the page, zero-based as Spring Data counts
	 * @param url address of a page given its number counted from 1
	 */
	public static Pagination of(Page<?> page, IntFunction<String> url) {
		int current = page.getNumber() + 1;
		int total = page.getTotalPages();
		List<Link> links = new ArrayList<>();
		int last = 0;
		for (int number = 1; number <= total; number++) {
			boolean shown = number == 1 || number == total || Math.abs(number - current) <= AROUND;
			if (shown) {
				if (number > last + 1) {
					links.add(new Link(null, null, false));
				}
				links.add(new Link(number, url.apply(number), number == current));
				last = number;
			}
		}
		String previous = (current > 1 && current <= total + 1) ? url.apply(Math.min(current - 1, total)) : null;
		String next = (current < total) ? url.apply(current + 1) : null;
		return new Pagination(current, total, previous, next, links);
	}

	/** Whether there is more than one page, or the reader is past the last one. */
	public boolean isShown() {
		return this.total > 1 || this.current > 1;
	}

	/**
	 * One page number in the pager.
	 *
	 * @param number the page number, or {@code null} for a gap
	 * @param url the page's address
	 * @param current whether it is the page shown
	 */
	public record Link(Integer number, String url, boolean current) {
	}

}
