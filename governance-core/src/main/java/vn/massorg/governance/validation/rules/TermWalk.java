package vn.massorg.governance.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.massorg.governance.model.Body;
import vn.massorg.governance.model.Post;
import vn.massorg.governance.model.PostHolding;
import vn.massorg.governance.model.Term;

/**
 * A term's bodies, their posts and the posts' holdings, walked once, each with its position. The
 * record rules read these lists instead of each nesting the same three loops over the term, which
 * is where positions, and so pointers, used to drift apart.
 */
final class TermWalk {
  /** A body at its position in the term. */
  static final class BodyAt {
    final int index;
    final Body body;
    final List<PostAt> posts;

    /** Every holding of the body's posts, in order of post, then holding. */
    final List<HoldingAt> holdings;

    BodyAt(int index, Body body, List<PostAt> posts, List<HoldingAt> holdings) {
      this.index = index;
      this.body = body;
      this.posts = posts;
      this.holdings = holdings;
    }
  }

  /** A post at its position in its body. */
  static final class PostAt {
    final BodyAt body;
    final int index;
    final Post post;
    final List<HoldingAt> holdings = new ArrayList<>();

    PostAt(BodyAt body, int index, Post post) {
      this.body = body;
      this.index = index;
      this.post = post;
    }

    String path() {
      return Pointer.of("term", "bodies", body.index, "posts", index);
    }
  }

  /** A holding at its position in its post. */
  static final class HoldingAt {
    final PostAt post;
    final int index;
    final PostHolding holding;

    /** Made once per holding, not once per rule or pair it is compared in. */
    final Span span;

    HoldingAt(PostAt post, int index, PostHolding holding) {
      this.post = post;
      this.index = index;
      this.holding = holding;
      this.span = Span.of(holding);
    }

    String personId() {
      return holding.getPersonId();
    }

    String path() {
      return Pointer.of("term", "bodies", post.body.index, "posts", post.index, "holdings", index);
    }
  }

  /** The term's bodies, in order. */
  final List<BodyAt> bodies;

  /** Every holding of the term, in order of body, post, then holding. */
  final List<HoldingAt> holdings;

  TermWalk(Term term) {
    List<BodyAt> bodies = new ArrayList<>(term.getBodies().size());
    List<HoldingAt> all = new ArrayList<>();
    for (int b = 0; b < term.getBodies().size(); b++) {
      Body body = term.getBodies().get(b);
      List<PostAt> posts = new ArrayList<>(body.getPosts().size());
      List<HoldingAt> ofBody = new ArrayList<>();
      BodyAt at = new BodyAt(b, body, Collections.unmodifiableList(posts), ofBody);
      for (int p = 0; p < body.getPosts().size(); p++) {
        PostAt post = new PostAt(at, p, body.getPosts().get(p));
        List<PostHolding> holdings = post.post.getHoldings();
        for (int h = 0; h < holdings.size(); h++) {
          post.holdings.add(new HoldingAt(post, h, holdings.get(h)));
        }
        posts.add(post);
        ofBody.addAll(post.holdings);
      }
      bodies.add(at);
      all.addAll(ofBody);
    }
    this.bodies = List.copyOf(bodies);
    this.holdings = List.copyOf(all);
  }
}
