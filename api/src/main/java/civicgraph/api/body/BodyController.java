package civicgraph.api.body;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import civicgraph.api.graphql.BatchAnswer;
import civicgraph.api.graphql.Connection;
import civicgraph.api.graphql.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code body}, {@code bodies}, and the fields of Body and Post that need no date. */
@Controller
class BodyController {

    private final BodyQueries bodies;

    private final civicgraph.api.district.DistrictQueries districts;

    BodyController(BodyQueries bodies, civicgraph.api.district.DistrictQueries districts) {
        this.bodies = bodies;
        this.districts = districts;
    }

    @BatchMapping(typeName = "Body")
    Map<Body, civicgraph.api.district.District> district(List<Body> list) {
        return BatchAnswer.byReference(list, Body::districtId, this.districts::byIds);
    }

    @QueryMapping
    Body body(@Argument String id) {
        return this.bodies.bodies(List.of(id)).get(id);
    }

    @QueryMapping
    Connection<Body> bodies(@Argument String kind, @Argument String district, @Argument String name,
            @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after);
        return Connection.of(page, this.bodies.page(kind, district, name, page.skip(), page.limit()), this.bodies.count(kind, district, name));
    }

    @BatchMapping(typeName = "Body")
    Map<Body, Body> parent(List<Body> children) {
        return BatchAnswer.byReference(children, Body::parentId, this.bodies::bodies);
    }

    @BatchMapping(typeName = "Body")
    Map<Body, List<Body>> children(List<Body> parents) {
        Map<String, List<Body>> byId = this.bodies.childrenOf(parents.stream().map(Body::id).toList());
        return BatchAnswer.each(parents, (b) -> byId.getOrDefault(b.id(), List.of()));
    }

    @BatchMapping(typeName = "Body")
    Map<Body, List<Post>> posts(List<Body> owners) {
        Map<String, List<Post>> byId = this.bodies.postsOf(owners.stream().map(Body::id).toList());
        return BatchAnswer.each(owners, (b) -> byId.getOrDefault(b.id(), List.of()));
    }

    @BatchMapping(typeName = "Post", field = "body")
    Map<Post, Body> bodyOfPost(List<Post> posts) {
        return BatchAnswer.byReference(posts, Post::bodyId, this.bodies::bodies);
    }

}
