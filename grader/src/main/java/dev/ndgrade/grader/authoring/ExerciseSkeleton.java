package dev.ndgrade.grader.authoring;

/**
 * The commented {@code exercise.yaml} that {@code ndgrade new} writes: a working exercise (it
 * passes lint) that shows every field, for the author to rewrite.
 */
public final class ExerciseSkeleton {

  private static final String TEMPLATE = """
      # A predict exercise: students predict what NumPy code does; ndgrade computes every key
      # by running the code in its reference interpreter (never write a key by hand).
      # Format reference: exercises/FORMAT.md. Check your work with:
      #   grader/bin/ndgrade lint exercises/%1$s      every key computes, misconceptions are wrong answers
      #   grader/bin/ndgrade key exercises/%1$s       every key, explanation and report preview
      #   grader/bin/ndgrade verify-keys exercises/%1$s   the keys against real CPython + NumPy
      id: %1$s                       # must equal the directory's name
      title: TODO one line that names the lesson
      source: ""                     # optional: where the material comes from
      # lang: ko                     # optional: en | ko, the language its reports speak
      # params:                      # optional: each student's own values, bound before the setup
      #   n: {range: [4, 9]}         #   (see "Per-student values" in exercises/FORMAT.md)
      setup: |                       # runs first after `import numpy as np`; not graded
        arr = np.arange(6)
      questions:                     # run in order, in one namespace, after the setup
        - id: q1
          code: |                    # the code the student reads
            v = arr[1:4]
            v.base is arr
          ask: value                 # value | output | relation | error | bytes | choice
          points: 1                  # optional, default 1
          visibility: visible        # visible: `check` grades it | hidden: only `grade`
          explain: >-
            Basic slicing returns a view, whose base is the array that owns the buffer.
          misconceptions:            # wrong answers students really give, with feedback
            - answer: "False"
              feedback: >-
                A NumPy slice is not a copy the way a list slice is; it is a window on arr.

        - id: q2
          code: |
            c = arr[[1, 2, 3]]
          ask: relation              # relation: how the two names in `of` relate
          of: [c, arr]               # -> alias | view | copy
          visibility: hidden
          explain: >-
            A list of indices is advanced indexing, which always copies the elements it picks.
          misconceptions:
            - answer: view
              feedback: >-
                Only basic slicing makes views; an index list may pick any elements, so NumPy
                gathers them into a new buffer.
      """;

  private ExerciseSkeleton() {}

  /** The skeleton of exercise {@code id}. */
  public static String of(String id) {
    return String.format(TEMPLATE, id);
  }
}
