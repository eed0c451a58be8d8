/**
 * The architecture rules every module checks in its own build ({@link ArchitectureContract}): adapters
 * used only by adapters, rule classes free of frameworks, no service reaching into another, the
 * platform depending on no service, a package-info per package, no {@code *Impl}.
 */
package uk.nhs.cohortcoach.platform.test.architecture;
