package civicgraph.api.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import civicgraph.api.document.Document;
import civicgraph.api.document.DocumentQueries;
import civicgraph.api.graphql.BatchAnswer;
import civicgraph.api.graphql.InvalidArgumentException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The researcher's question: {@code lineage(document, direction, maxDepth)}, and {@code Document.links}. */
@Controller
class LineageController {

    static final int MAX_DEPTH = 10;

    private final LineageQueries lineage;

    private final DocumentQueries documents;

    LineageController(LineageQueries lineage, DocumentQueries documents) {
        this.lineage = lineage;
        this.documents = documents;
    }

    @QueryMapping
    Lineage lineage(@Argument String document, @Argument String direction, @Argument Integer maxDepth) {
        int depth = (maxDepth == null) ? 5 : maxDepth;
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidArgumentException("maxDepth", maxDepth, "is outside 1.." + MAX_DEPTH);
        }
        Document root = this.documents.byIds(List.of(document)).get(document);
        if (root == null) {
            throw new civicgraph.api.graphql.NotFoundException("document", document, "names no document");
        }
        List<LineageLink> links = this.lineage.walk(document, direction == null ? "BOTH" : direction, depth);
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        ids.add(document);
        links.forEach((l) -> {
            ids.add(l.fromId());
            ids.add(l.toId());
        });
        Map<String, Document> found = this.documents.byIds(ids);
        List<Document> docs = new ArrayList<>();
        ids.forEach((id) -> {
            if (found.containsKey(id)) {
                docs.add(found.get(id));
            }
        });
        return new Lineage(root, docs, links);
    }

    @BatchMapping(typeName = "Document")
    Map<Document, List<LineageLink>> links(List<Document> list) {
        Map<String, List<LineageLink>> byId = this.lineage.linksOf(list.stream().map(Document::id).toList());
        return BatchAnswer.each(list, (d) -> byId.getOrDefault(d.id(), List.of()));
    }

    @BatchMapping(typeName = "LineageLink")
    Map<LineageLink, Document> from(List<LineageLink> list) {
        return ends(list, LineageLink::fromId);
    }

    @BatchMapping(typeName = "LineageLink")
    Map<LineageLink, Document> to(List<LineageLink> list) {
        return ends(list, LineageLink::toId);
    }

    private Map<LineageLink, Document> ends(List<LineageLink> list, java.util.function.Function<LineageLink, String> end) {
        Map<String, Document> found = this.documents.byIds(list.stream().map(end).filter(Objects::nonNull).distinct().toList());
        Map<LineageLink, Document> answer = new LinkedHashMap<>();
        list.forEach((l) -> answer.put(l, found.get(end.apply(l))));
        return answer;
    }
}
