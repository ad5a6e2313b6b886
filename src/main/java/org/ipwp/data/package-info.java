/**
 * Open data: Frictionless data packages under {@code data/<id>/} ({@code datapackage.json} plus
 * CSV), read strictly and validated against their Table Schema, and the per-language formatting
 * of quantities (zh 50.22万件, en 502,200).
 */
package org.ipwp.data;
