package civicgraph.seed.extract.session;

import civicgraph.model.Evidence;

/** One item of a 议题 list: "1. 听取朱众伟副区长关于综合交通体系建设推进情况的报告；" (number 1, text without the ；). */
public record AgendaItem(int number, String text, Evidence evidence) {
}
