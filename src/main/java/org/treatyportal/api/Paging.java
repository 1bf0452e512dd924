package org.treatyportal.api;

/**
 * The {@code page} (from 1) and {@code size} (1 to 100) parameters of a JSON list.
 *
 * @param page the page number, from 1
 * @param size items per page
 */
record Paging(int page, int size) {

	static final int MAX_SIZE = 100;

	Paging {
		if (page < 1 || page > 1_000_000) {
			throw new BadApiRequest("page must be between 1 and 1000000");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadApiRequest("size must be between 1 and " + MAX_SIZE);
		}
	}

	long offset() {
		return (long) (this.page - 1) * this.size;
	}

}
