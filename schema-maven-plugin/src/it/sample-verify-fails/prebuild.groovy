// Copies the sample project's checked inputs into the IT's folder, so paths read as in the sample project,
// and adds a V9 without an undo script: the run fails on migration.undo.missing.
evaluate(new File(repoRoot, 'schema-maven-plugin/src/it-support/copy-sample.groovy'))
new File(basedir, 'src/main/resources/db/migration/V9__add_idea_summary.sql').text = 'ALTER TABLE ideas ADD COLUMN summary text;\n'
return true
