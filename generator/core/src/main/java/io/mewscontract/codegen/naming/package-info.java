/**
 * Java names for spec names: case conversion, keyword and clash avoidance. Every generated name is allocated
 * through {@link io.mewscontract.codegen.naming.NameAllocator} while the intermediate model is built, so no two
 * emitters can disagree on a name and no two things get the same one.
 */
@NullMarked
package io.mewscontract.codegen.naming;

import org.jspecify.annotations.NullMarked;
