package cn.nhjc.province.registry.application;

import cn.nhjc.province.registry.domain.Rejection;
import java.util.List;

/**
 * What an import did: how many lines it took (new and updated alike) and which lines it refused, in
 * file order.
 */
public record ImportResult(int imported, List<Rejection> rejected) {}
