package civicgraph.seed.load;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import civicgraph.model.Evidence;

/**
 * Turns rows (records) into Cypher parameter maps by their component names, so the Cypher and the row types are
 * the only places a property is named. An {@link Evidence} component becomes three properties: {@code source} (the
 * Source node's id), {@code line} and {@code quote}.
 */
final class RowParameters {

    private RowParameters() {
    }

    static List<Map<String, Object>> of(List<? extends Record> rows, String sourceId) {
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        for (Record row : rows) {
            maps.add(of(row, sourceId));
        }
        return maps;
    }

    static Map<String, Object> of(Record row, String sourceId) {
        Map<String, Object> map = new HashMap<>();
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(row);
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + row, ex);
            }
            if (value instanceof Evidence evidence) {
                map.put("source", sourceId);
                map.put("line", evidence.line());
                map.put("quote", evidence.quote());
            }
            else if (component.getType() == Evidence.class) {
                map.put("source", null);
                map.put("line", null);
                map.put("quote", null);
            }
            else {
                map.put(component.getName(), value);
            }
        }
        return map;
    }
}
