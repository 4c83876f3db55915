package dev.quire.system;

/** The built-in first-run sample: recent Hugging Face daily papers shipped inside the jar. */
public final class SampleData {
  private SampleData() {}

  /** Imports the sample when the database holds no paper and the config allows it. */
  public static void loadIfEmpty(Quire quire) {}
}
