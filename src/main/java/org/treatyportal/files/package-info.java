/**
 * Stored files: uploads checked by their bytes, kept behind {@link FileStore} (in
 * PostgreSQL by {@link DatabaseFileStore}) and served by {@link FileResponses}. Features
 * that have files (article attachments and images, documents) own the link: a column of
 * theirs referencing {@code stored_file(id)}, or a {@code @ManyToOne} to
 * {@link StoredFile}.
 * <p>
 * <b>Taking an upload in a form.</b> Bind a {@code MultipartFile} in the form object,
 * then in the service, in the same transaction as the owner's row: <pre class="code">
 * try {
 *     StoredFile file = this.fileUploads.store(form.getFile(), UploadPolicy.ATTACHMENTS);
 *     article.addAttachment(file);
 * }
 * catch (UploadRejectedException ex) {
 *     ex.rejectValue(bindingResult, "file");   // upload.empty, upload.tooLarge, upload.typeNotAllowed
 *     return "admin/news/form";
 * }
 * </pre> The form needs {@code enctype="multipart/form-data"}; Thymeleaf's
 * {@code th:action} adds the CSRF token as usual. A file over the container's limit never
 * reaches the controller: the request is redirected back to the form's page with the
 * message in the flash attribute {@value FileUploads#TOO_LARGE_ATTRIBUTE}, which the page
 * shows, e.g. {@code
 * <p class="alert alert--error" th:if="${uploadError}" th:text="${uploadError}">
 * }. Everything else the user typed in that request is lost (the container did not read
 * it), so keep file fields on short forms or say so.
 * <p>
 * <b>Serving a file.</b> Never by bare id: a route under the owner's address checks that
 * the visitor may see the owner, and that the file is the owner's, then hands over:
 * <pre class="code">
 * &#64;GetMapping("/news/{slug}/files/{id}/{name}")
 * void attachment(&#64;PathVariable String slug, &#64;PathVariable long id, HttpServletRequest request,
 *         HttpServletResponse response) throws IOException {
 *     StoredFileInfo file = this.articles.visibleAttachment(slug, id)
 *         .orElseThrow(() -&gt; new ResponseStatusException(HttpStatus.NOT_FOUND));
 *     this.fileResponses.serve(file, FileCaching.PUBLIC, request, response);
 * }
 * </pre> Use {@link FileCaching#PRIVATE} for an editor's preview of unpublished content.
 */
package org.treatyportal.files;
