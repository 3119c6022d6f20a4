package dev.ndgrade.strided.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The points a test of an implement exercise is worth (default 1). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {

  /** Points for passing, positive. */
  double value();
}
