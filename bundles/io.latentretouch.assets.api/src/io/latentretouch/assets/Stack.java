package io.latentretouch.assets;

import java.util.List;

/**
 * An original and its variants, shown as one cell.
 *
 * @param uuid    stable across picks and reorderings (a stack is never named after a member)
 * @param pick    the member chosen to stand for the stack
 * @param members asset ids in their order, the original first
 */
public record Stack(long id, String uuid, long pick, List<Long> members) {

    public Stack {
        members = List.copyOf(members);
    }
}
