/**
 * Reply letters (答复函) to deputies' suggestions and members' proposals: their validated metadata
 * and the archive ordering (newest first, by year).
 */
package org.ipwp.letters;
