package cn.nhjc.province.web.common;

import cn.nhjc.province.metrology.application.CodeName;
import cn.nhjc.province.metrology.application.FeedableItem;
import cn.nhjc.province.metrology.application.MeterDto;
import cn.nhjc.province.metrology.application.MeterRegistry;
import cn.nhjc.province.metrology.application.UnitPlace;
import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * What the registry include (WEB-INF/includes/meter-registry.xhtml) asks of its page's view bean:
 * the unit's meters and the form of one unit ({@link MeterForm}); the subclass says which unit.
 */
public abstract class MeterRegistryView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB protected MeterRegistry registry;

  private List<CodeName> meterTypes;
  private List<CodeName> energyTypes;
  private List<UnitPlace> places;
  private List<FeedableItem> feedable;

  /** The form of the unit shown; {@code null} when none is. */
  public abstract MeterForm getForm();

  /** Whether the caller may change the unit's meters. */
  public abstract boolean isEditable();

  public List<MeterDto> getMeters() {
    return getForm() == null ? List.of() : getForm().meters(registry);
  }

  public List<CodeName> getMeterTypes() {
    if (meterTypes == null) {
      meterTypes = registry.meterTypes();
    }
    return meterTypes;
  }

  public List<CodeName> getEnergyTypes() {
    if (energyTypes == null) {
      energyTypes = registry.energyTypes();
    }
    return energyTypes;
  }

  public List<UnitPlace> getPlaces() {
    if (places == null) {
      places = getForm() == null ? List.of() : registry.places(getForm().getCreditCode());
    }
    return places;
  }

  public List<FeedableItem> getFeedable() {
    if (feedable == null) {
      feedable = getForm() == null ? List.of() : registry.feedableItems(getForm().getCreditCode());
    }
    return feedable;
  }

  /** Forgets the lists of the unit shown (another unit is chosen). */
  protected void forgetUnit() {
    places = null;
    feedable = null;
  }

  public void newMeter() {
    getForm().blank();
  }

  public void edit(long id) {
    getForm().edit(registry, id);
  }

  public void save() {
    getForm().save(registry);
    saved();
  }

  /** Called after a save or an import: the page refreshes what depends on the meters. */
  protected void saved() {}

  public void upload(FileUploadEvent event) {
    getForm().importFile(registry, event.getFile());
    saved();
  }

  public StreamedContent getTemplate() {
    return getForm().template(registry);
  }

  public StreamedContent getExport() {
    return getForm().export(registry);
  }
}
