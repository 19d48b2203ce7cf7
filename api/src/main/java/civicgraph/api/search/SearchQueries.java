package civicgraph.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import civicgraph.model.schema.GraphSchema;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search box: exact names first, then Chinese full-text (the cjk analyzer indexes bigrams, so a single
 * character is asked as a prefix and a suffix: 朱* OR *朱), then pinyin with or without spaces.
 */
@Repository
@Transactional(readOnly = true)
public class SearchQueries {

    /** How many candidates a ranking considers; a search box needs the best, not every weak match. */
    static final int CANDIDATES = 500;

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    private static final String EXACT_PEOPLE = """
            MATCH (p:Person {name: $name})
            WHERE $district IS NULL OR EXISTS { (p)-[:IN_DISTRICT]->(:District {name: $district}) }
            RETURN p.id AS id ORDER BY p.id""";

    private static final String FULLTEXT = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
            WHERE ($label IS NULL OR $label IN labels(node))
              AND ($district IS NULL OR NOT node:Person OR EXISTS { (node)-[:IN_DISTRICT]->(:District {name: $district}) })
            RETURN node.id AS id, score ORDER BY score DESC, node.id""";

    private static final String PINYIN_PEOPLE = """
            MATCH (p:Person)
            WHERE (p.pinyinCompact STARTS WITH $pinyin OR p.pinyinInitials = $pinyin
                   OR $pinyin IN coalesce(p.pinyinVariants, []))
              AND ($district IS NULL OR EXISTS { (p)-[:IN_DISTRICT]->(:District {name: $district}) })
            RETURN p.id AS id ORDER BY size(p.pinyinCompact), p.pinyinCompact, p.id LIMIT $limit""";

    private static final String ALL_PEOPLE = """
            MATCH (p:Person)
            WHERE $district IS NULL OR EXISTS { (p)-[:IN_DISTRICT]->(:District {name: $district}) }
            RETURN p.id AS id ORDER BY p.name, p.id""";

    private final Neo4jClient neo4j;

    SearchQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Person ids, best first: exact name, full-text, pinyin; every person by name when {@code name} is blank. */
    public List<String> rankPeople(String name, String district) {
        if (name == null || name.isBlank()) {
            return ids(ALL_PEOPLE, params("district", district));
        }
        String text = name.strip();
        LinkedHashSet<String> ranked = new LinkedHashSet<>(ids(EXACT_PEOPLE,
                params("name", text.replaceAll("\\s+", ""), "district", district)));
        ranked.addAll(fullText(text, "Person", district));
        ranked.addAll(pinyinPeople(text, district));
        return List.copyOf(ranked);
    }

    /** Ids of people, bodies, sessions and documents, best first. */
    public List<String> rankAll(String text) {
        String query = text.strip();
        LinkedHashSet<String> ranked = new LinkedHashSet<>(ids(EXACT_PEOPLE,
                params("name", query.replaceAll("\\s+", ""), "district", null)));
        ranked.addAll(fullText(query, null, null));
        ranked.addAll(pinyinPeople(query, null));
        return List.copyOf(ranked);
    }

    private List<String> fullText(String text, String label, String district) {
        String query = luceneQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return ids(FULLTEXT, params("index", GraphSchema.SEARCH_TEXT_INDEX, "query", query, "limit", CANDIDATES,
                "label", label, "district", district));
    }

    private List<String> pinyinPeople(String text, String district) {
        String pinyin = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        if (pinyin.isEmpty() || !text.matches("[A-Za-z\\s'’-]+")) {
            return List.of();
        }
        return ids(PINYIN_PEOPLE, params("pinyin", pinyin, "district", district, "limit", CANDIDATES));
    }

    /**
     * Han runs as the analyzer's bigrams see them; a single Han character becomes {@code 朱* OR *朱}, since a
     * bigram index has no single-character terms. Latin words are kept as they are. Lucene syntax is escaped.
     */
    static String luceneQuery(String text) {
        List<String> terms = new ArrayList<>();
        var m = HAN.matcher(text);
        int last = 0;
        while (m.find()) {
            addLatin(text.substring(last, m.start()), terms);
            String han = m.group();
            terms.add(han.length() == 1 ? han + "* OR *" + han : "\"" + han + "\"");
            last = m.end();
        }
        addLatin(text.substring(last), terms);
        return String.join(" OR ", terms);
    }

    private static void addLatin(String part, List<String> terms) {
        for (String word : part.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                // Lower case: the analyzer lower-cases anyway, and AND, OR, NOT are operators to Lucene's parser
                // ("AND OR NOT" typed in the box failed as a ParseException, an INTERNAL_ERROR).
                String term = word.toLowerCase(java.util.Locale.ROOT);
                terms.add(LUCENE_SPECIAL.matcher(term).replaceAll("\\\\$1"));
            }
        }
    }

    private List<String> ids(String cypher, Map<String, Object> params) {
        return List.copyOf(this.neo4j.query(cypher).bindAll(params).fetchAs(String.class)
            .mappedBy((t, row) -> row.get("id").asString()).all());
    }

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
