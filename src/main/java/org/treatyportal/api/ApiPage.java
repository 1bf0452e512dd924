package org.treatyportal.api;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of a JSON list.
 *
 * @param items the items of this page
 * @param page the page number, from 1
 * @param size the most items a page holds
 * @param totalItems how many items there are in all
 * @param totalPages how many pages there are
 * @param <T> the item type
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <T> ApiPage<T> of(Page<T> page) {
		return new ApiPage<>(page.getContent(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

	static <T> ApiPage<T> of(List<T> all, Paging paging) {
		int from = (int) Math.min(all.size(), paging.offset());
		int to = (int) Math.min(all.size(), paging.offset() + paging.size());
		int pages = (all.size() + paging.size() - 1) / paging.size();
		return new ApiPage<>(all.subList(from, to), paging.page(), paging.size(), all.size(), pages);
	}

}
