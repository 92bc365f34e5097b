// Copies the sample project's checked inputs into the IT's folder, so paths read as in the sample project.
evaluate(new File(repoRoot, 'schema-maven-plugin/src/it-support/copy-sample.groovy'))
return true
