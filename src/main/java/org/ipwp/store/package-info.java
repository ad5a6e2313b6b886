/**
 * What ipwp keeps between builds in the cache folder: the binary encoding shared by the stored
 * files ({@link org.ipwp.store.StoredText}) and the digests that decide whether they still apply
 * ({@link org.ipwp.store.TreeDigest}).
 */
package org.ipwp.store;
