/**
 * Reply letters (答复函) to deputies' suggestions and members' proposals: their validated metadata
 * and the archive ordering (newest first, by year); the scaffold of a new letter pair
 * ({@code ipwp new letter}) and the check that keeps its placeholders off the published site.
 */
package org.ipwp.letters;
