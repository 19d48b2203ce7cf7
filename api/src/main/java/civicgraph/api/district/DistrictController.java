package civicgraph.api.district;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code districts} and {@code District.parent}. */
@Controller
class DistrictController {

    private final DistrictQueries districts;

    DistrictController(DistrictQueries districts) {
        this.districts = districts;
    }

    @QueryMapping
    List<District> districts() {
        return this.districts.all();
    }

    @BatchMapping(typeName = "District")
    Map<District, District> parent(List<District> children) {
        Map<String, District> found = this.districts.byIds(children.stream().map(District::parentId)
            .filter(java.util.Objects::nonNull).distinct().toList());
        Map<District, District> answer = new java.util.LinkedHashMap<>();
        children.forEach((d) -> {
            if (d.parentId() != null && found.containsKey(d.parentId())) {
                answer.put(d, found.get(d.parentId()));
            }
        });
        return answer;
    }
}
