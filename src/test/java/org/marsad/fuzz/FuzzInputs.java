package org.marsad.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The jqwik generators of {@link FuzzCase}s, shared by the short run in the suite and the long run. */
final class FuzzInputs {

  private FuzzInputs() {}

  /** Cases with HTML nested up to {@code maxNesting} divs deep; most files have no flipped byte. */
  static Arbitrary<FuzzCase> cases(int maxNesting) {
    Arbitrary<Integer> where = Arbitraries.integers().between(0, 1_000_000);
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Edit.Op.class), where, where,
        Arbitraries.integers().between(0, 1_000)).as(Edit::new);
    Arbitrary<FuzzCase.Flip> flip = Combinators.combine(where, Arbitraries.bytes()).as(FuzzCase.Flip::new);
    Arbitrary<List<FuzzCase.Flip>> flips = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(List.of())),
        Tuple.of(1, flip.list().ofMinSize(1).ofMaxSize(3)));
    return Combinators.combine(Arbitraries.integers().between(0, 1_000), edit.list().ofMaxSize(5),
        Arbitraries.of(FuzzCase.Form.class), Arbitraries.of(FuzzCase.Encoding.class),
        Arbitraries.integers().between(0, maxNesting), flips).as(FuzzCase::new);
  }
}
