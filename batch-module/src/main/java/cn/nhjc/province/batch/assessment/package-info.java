/** The target-assessment job's artifacts (META-INF/batch-jobs/target-assessment.xml). */
package cn.nhjc.province.batch.assessment;
