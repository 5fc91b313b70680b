package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.registry.domain.Region;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The configured province and its divisions; public reference data. */
@Stateless
@PermitAll
public class RegionService {

  @PersistenceContext private EntityManager em;
  @Inject private PlatformConfig config;

  /** The province, its cities and its current county-level divisions, ordered by code. */
  public List<RegionDto> provinceRegions() {
    return em
        .createQuery(
            "select r from Region r where r.code like :prefix and r.retired = false order by r.code",
            Region.class)
        .setParameter("prefix", RegionCodes.prefixOf(config.provinceCode()) + "%")
        .getResultList()
        .stream()
        .map(RegionService::toDto)
        .toList();
  }

  public Optional<RegionDto> find(String code) {
    return Optional.ofNullable(em.find(Region.class, code)).map(RegionService::toDto);
  }

  public RegionDto province() {
    return find(config.provinceCode())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "configured province " + config.provinceCode() + " is not in the dictionary"));
  }

  static RegionDto toDto(Region region) {
    return new RegionDto(
        region.getCode(), region.getName(), region.getLevel(), region.getParentCode());
  }
}
