package vn.massorg.governance.format.generator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import vn.massorg.governance.model.BilingualText;
import vn.massorg.governance.model.CodeListValue;
import vn.massorg.governance.model.Coded;
import vn.massorg.governance.model.NonEmpty;
import vn.massorg.governance.model.PresenceRule;

/**
 * The JSON format as the model's compiled types declare it: each object type reachable from the
 * root, its attributes in declaration order, and for each attribute its JSON name, whether it is
 * one value, an optional one or a list, what kind of value it is, and whether the format requires
 * it.
 *
 * <p>An attribute is an accessor ({@code getX()}, {@code isX()}) of a model type that the type's
 * Immutables builder can set ({@code x(...)}, or {@code addX(...)} for a list): the abstract
 * accessors, and the {@code @Value.Default} ones, which are optional in the JSON form because the
 * model fills them in. Derived accessors, which no builder sets, are not part of the format. The
 * JSON name is the accessor's name without its prefix, as the builder names it.
 *
 * <p>An attribute is required when it is one value (not an {@code Optional}, not a list) without a
 * default, or a list marked {@link NonEmpty}.
 *
 * <p>A type's rules across its attributes are its public static {@link PresenceRule} constants, in
 * declaration order. A rule that names an attribute the type lacks, one that is always recorded (so
 * the rule could not be broken), or a condition that is not on a code of a closed list of the
 * condition's own type fails the generation, naming the constant.
 *
 * <p>A type this class cannot place fails the generation, naming the accessor: a new kind of value
 * is a decision (its JSON form), never a silent default.
 */
public final class FormatModel {
  /** How many values an attribute holds. */
  public enum Cardinality {
    /** Exactly one. */
    ONE,
    /** Zero or one: an {@code Optional}, or a {@code @Value.Default}. */
    OPTIONAL,
    /** A list, in order. */
    LIST
  }

  /** What kind of value an attribute holds, which decides its JSON form. */
  public enum Kind {
    /** A string. */
    STRING,
    /** A {@link BilingualText}: an object {@code {"vi": ..., "en": ...}} read by hand. */
    TEXT,
    /** An {@code int}. */
    INTEGER,
    /** A {@code boolean}. */
    BOOLEAN,
    /** A constant of a closed code list, an enum implementing {@link Coded}. */
    CODED,
    /** A value of an open code list, a {@link CodeListValue} made by {@code of(String)}. */
    CODE,
    /** A value with a string form, made by a static {@code parse(String)}. */
    PARSED,
    /** A model object, with its own attributes. */
    OBJECT
  }

  /**
   * One attribute of a model type.
   *
   * @param name the JSON name, which is also the builder's
   * @param getter the accessor
   * @param cardinality one, optional or a list
   * @param kind the kind of value
   * @param valueType the value's class (the element's for a list, the content's for an optional)
   * @param value the value's annotated type (its type-use constraints)
   * @param required whether the JSON form requires the member
   * @param setter the builder method that takes one value ({@code addX} for a list)
   */
  public record Attribute(
      String name,
      Method getter,
      Cardinality cardinality,
      Kind kind,
      Class<?> valueType,
      AnnotatedType value,
      boolean required,
      String setter) {}

  /**
   * A model type written as a JSON object.
   *
   * @param type the abstract model type
   * @param immutable its Immutables implementation, whose {@code builder()} the reader calls
   * @param name the type's name in the format: its simple name with a lower-case initial
   * @param attributes its attributes, in declaration order
   * @param rules its rules across attributes, in declaration order
   */
  public record ObjectType(
      Class<?> type,
      Class<?> immutable,
      String name,
      List<Attribute> attributes,
      List<PresenceRule> rules) {
    /**
     * The attribute with a JSON name.
     *
     * @param name the name
     * @return the attribute, if the type has it
     */
    public Optional<Attribute> attribute(String name) {
      return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
  }

  private final Class<?> root;
  private final Map<Class<?>, ObjectType> objects = new LinkedHashMap<>();
  private final List<Class<?>> values = new ArrayList<>();

  private FormatModel(Class<?> root) {
    this.root = root;
  }

  /**
   * The format of the model whose root type is given.
   *
   * @param root the type of a whole document
   * @return the format, object types in depth-first order of first use from the root
   * @throws IllegalStateException naming the accessor, if an attribute's type has no JSON form
   */
  public static FormatModel of(Class<?> root) {
    FormatModel model = new FormatModel(root);
    model.visit(root);
    model.scanValues();
    return model;
  }

  /**
   * The root type.
   *
   * @return the type of a whole document
   */
  public Class<?> root() {
    return root;
  }

  /**
   * The object types, the root first, then depth-first in the order of first use.
   *
   * @return the object types
   */
  public List<ObjectType> objects() {
    return List.copyOf(objects.values());
  }

  /**
   * The object type of a class.
   *
   * @param type a model type
   * @return its object type, if it is one
   */
  public Optional<ObjectType> object(Class<?> type) {
    return Optional.ofNullable(objects.get(type));
  }

  /**
   * The value types of the model's package that have a string form: closed and open code lists and
   * the parsed values, sorted by name; also those no attribute uses directly (a period's kind).
   *
   * @return the value types
   */
  public List<Class<?>> values() {
    return Collections.unmodifiableList(values);
  }

  /**
   * The kind of a value type.
   *
   * @param type a class
   * @return its kind, if it has a JSON form
   */
  public static Optional<Kind> kindOf(Class<?> type) {
    if (type == String.class) {
      return Optional.of(Kind.STRING);
    }
    if (type == BilingualText.class) {
      return Optional.of(Kind.TEXT);
    }
    if (type == int.class || type == Integer.class) {
      return Optional.of(Kind.INTEGER);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Optional.of(Kind.BOOLEAN);
    }
    if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
      return Optional.of(Kind.CODED);
    }
    if (CodeListValue.class.isAssignableFrom(type) && factory(type, "of")) {
      return Optional.of(Kind.CODE);
    }
    if (factory(type, "parse")) {
      return Optional.of(Kind.PARSED);
    }
    if (immutable(type).isPresent()) {
      return Optional.of(Kind.OBJECT);
    }
    return Optional.empty();
  }

  private void visit(Class<?> type) {
    if (objects.containsKey(type)) {
      return;
    }
    Class<?> immutable =
        immutable(type)
            .orElseThrow(() -> new IllegalStateException(type.getName() + " is not immutable"));
    Class<?> builder = builderOf(immutable);
    List<Attribute> attributes = new ArrayList<>();
    ObjectType object =
        new ObjectType(type, immutable, decapitalize(type.getSimpleName()), null, null);
    objects.put(type, object);
    for (String methodName : new LinkedHashMap<>(order(type)).keySet()) {
      Method getter = getter(type, methodName);
      if (getter == null) {
        continue;
      }
      String name = decapitalize(methodName.substring(methodName.startsWith("is") ? 2 : 3));
      Attribute attribute = attribute(type, builder, getter, name);
      if (attribute != null) {
        attributes.add(attribute);
      }
    }
    ObjectType described =
        new ObjectType(type, immutable, object.name(), List.copyOf(attributes), List.of());
    objects.put(
        type,
        new ObjectType(type, immutable, object.name(), described.attributes(), rules(described)));
    for (Attribute a : attributes) {
      if (a.kind() == Kind.OBJECT) {
        visit(a.valueType());
      }
    }
  }

  /**
   * The type's public static {@link PresenceRule} constants, each held to the type's attributes.
   */
  private static List<PresenceRule> rules(ObjectType type) {
    List<PresenceRule> rules = new ArrayList<>();
    for (String name : DeclarationOrder.fields(type.type())) {
      Field field;
      try {
        field = type.type().getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(type.type().getName() + " has no field " + name, e);
      }
      int modifiers = field.getModifiers();
      if (field.getType() != PresenceRule.class || !Modifier.isStatic(modifiers)) {
        continue;
      }
      String where = type.type().getSimpleName() + "." + name;
      if (!Modifier.isPublic(modifiers) || !Modifier.isFinal(modifiers)) {
        throw new IllegalStateException(where + ": a presence rule must be public static final");
      }
      PresenceRule rule;
      try {
        rule = (PresenceRule) field.get(null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(where + ": cannot be read", e);
      }
      hold(rule, type, where);
      rules.add(rule);
    }
    return List.copyOf(rules);
  }

  /**
   * Holds a rule to its type's attributes.
   *
   * @param rule the rule
   * @param type the type that declares it
   * @param where the constant, for the message
   * @throws IllegalStateException if the rule names an attribute the type lacks, one always
   *     recorded, or a condition that is not on a code of a closed list always recorded
   */
  static void hold(PresenceRule rule, ObjectType type, String where) {
    for (String attribute : rule.getAttributes()) {
      Attribute a = ruleAttribute(type, attribute, where);
      if (a.cardinality() == Cardinality.ONE) {
        throw new IllegalStateException(
            where + ": " + attribute + " is always recorded, so the rule cannot be broken");
      }
    }
    if (rule.getCondition().isPresent()) {
      Attribute c = ruleAttribute(type, rule.getCondition().get(), where);
      Class<?> value = rule.getConditionValue().orElseThrow().getClass();
      if (c.cardinality() != Cardinality.ONE
          || c.kind() != Kind.CODED
          || !c.valueType().isAssignableFrom(value)) {
        throw new IllegalStateException(
            where
                + ": the condition must be on a code of a closed list that is always recorded,"
                + " of the value's type "
                + value.getName()
                + "; "
                + c.name()
                + " is not");
      }
    }
  }

  private static Attribute ruleAttribute(ObjectType type, String name, String where) {
    return type.attribute(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    where + " names " + name + ", which " + type.name() + " does not have"));
  }

  private static Map<String, Boolean> order(Class<?> type) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (String name : DeclarationOrder.methods(type)) {
      names.put(name, Boolean.TRUE);
    }
    return names;
  }

  private static Method getter(Class<?> type, String name) {
    if (!(name.startsWith("get") && name.length() > 3)
        && !(name.startsWith("is") && name.length() > 2)) {
      return null;
    }
    try {
      Method m = type.getDeclaredMethod(name);
      int modifiers = m.getModifiers();
      return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) ? m : null;
    } catch (NoSuchMethodException e) {
      return null; // only overloads with parameters: not an accessor
    }
  }

  private static Attribute attribute(Class<?> owner, Class<?> builder, Method getter, String name) {
    String where = owner.getSimpleName() + "." + getter.getName() + "()";
    Type generic = getter.getGenericReturnType();
    AnnotatedType annotated = getter.getAnnotatedReturnType();
    Class<?> raw = getter.getReturnType();
    Cardinality cardinality;
    Class<?> valueType;
    AnnotatedType value;
    if (raw == Optional.class || raw == List.class) {
      cardinality = raw == List.class ? Cardinality.LIST : Cardinality.OPTIONAL;
      if (!(generic instanceof ParameterizedType pt)
          || !(pt.getActualTypeArguments()[0] instanceof Class<?> c)) {
        throw new IllegalStateException(where + ": a type argument that is not a plain class");
      }
      valueType = c;
      value = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
    } else if (raw == OptionalInt.class) {
      cardinality = Cardinality.OPTIONAL;
      valueType = int.class;
      value = annotated;
    } else {
      cardinality = Cardinality.ONE;
      valueType = raw;
      value = annotated;
    }
    boolean isAbstract = Modifier.isAbstract(getter.getModifiers());
    String setter =
        cardinality == Cardinality.LIST
            ? adder(builder, name, valueType, where)
            : setter(builder, name, valueType);
    if (setter == null) {
      if (isAbstract) {
        throw new IllegalStateException(where + ": the builder has no method " + name);
      }
      return null; // derived: the model computes it, the format does not carry it
    }
    Kind kind =
        kindOf(valueType)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        where
                            + ": no JSON form for "
                            + valueType.getName()
                            + " (a string, a text, an int, a boolean, a code, a parsed value or"
                            + " a model object)"));
    if (cardinality == Cardinality.ONE && !isAbstract) {
      cardinality = Cardinality.OPTIONAL; // a @Value.Default: the model fills it in
    }
    boolean nonEmpty = getter.isAnnotationPresent(NonEmpty.class);
    if (nonEmpty && cardinality != Cardinality.LIST) {
      throw new IllegalStateException(where + ": @NonEmpty on a value that is not a list");
    }
    boolean required = cardinality == Cardinality.ONE || nonEmpty;
    return new Attribute(name, getter, cardinality, kind, valueType, value, required, setter);
  }

  private static String setter(Class<?> builder, String name, Class<?> valueType) {
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && boxed(m.getParameterTypes()[0]) == boxed(valueType)) {
        return name;
      }
    }
    return null;
  }

  /**
   * The builder's adder of one element: Immutables depluralizes the attribute's name ({@code
   * people} gives {@code addPerson}, {@code entries} {@code addEntry}); where several lists share
   * an element type, the adder whose name shares the longest prefix with the attribute's is its
   * own.
   */
  private static String adder(Class<?> builder, String name, Class<?> element, String where) {
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String best = null;
    int bestLength = -1;
    boolean tie = false;
    for (Method m : builder.getMethods()) {
      String n = m.getName();
      if (n.startsWith("add")
          && !n.startsWith("addAll")
          && m.getParameterCount() == 1
          && !m.isVarArgs()
          && m.getParameterTypes()[0] == element) {
        int common = commonPrefix(n.substring(3), capitalized);
        if (common > bestLength) {
          best = n;
          bestLength = common;
          tie = false;
        } else if (common == bestLength) {
          tie = true;
        }
      }
    }
    if (best == null || tie || bestLength == 0) {
      throw new IllegalStateException(where + ": cannot tell the builder's adder for " + name);
    }
    return best;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static Class<?> boxed(Class<?> type) {
    if (type == int.class) {
      return Integer.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    return type;
  }

  private static boolean factory(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name, String.class);
      return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Optional<Class<?>> immutable(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface() || type.isPrimitive()) {
      return Optional.empty();
    }
    try {
      Class<?> c =
          Class.forName(
              type.getPackageName() + ".Immutable" + type.getSimpleName(),
              false,
              type.getClassLoader());
      return type.isAssignableFrom(c) ? Optional.of(c) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Class<?> builderOf(Class<?> immutable) {
    for (Class<?> nested : immutable.getClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        return nested;
      }
    }
    throw new IllegalStateException(immutable.getName() + " has no Builder");
  }

  static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Every class of the root's package with a string form, whether or not an attribute uses it. */
  private void scanValues() {
    String pkg = root.getPackageName();
    TreeSet<String> names = new TreeSet<>();
    for (String className : classesOf(pkg, root.getClassLoader())) {
      try {
        Class<?> c = Class.forName(className, false, root.getClassLoader());
        Optional<Kind> kind = kindOf(c);
        if (Modifier.isPublic(c.getModifiers())
            && kind.isPresent()
            && (kind.get() == Kind.CODED || kind.get() == Kind.CODE || kind.get() == Kind.PARSED)) {
          names.add(className);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + className, e);
      }
    }
    for (String name : names) {
      try {
        values.add(Class.forName(name, false, root.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + name, e);
      }
    }
  }

  private static List<String> classesOf(String pkg, ClassLoader loader) {
    String path = pkg.replace('.', '/');
    List<String> out = new ArrayList<>();
    try {
      Enumeration<URL> urls = loader.getResources(path);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        if ("file".equals(url.getProtocol())) {
          File[] files = new File(url.toURI()).listFiles();
          if (files != null) {
            for (File f : files) {
              String n = f.getName();
              if (n.endsWith(".class") && !n.contains("$")) {
                out.add(pkg + "." + n.substring(0, n.length() - ".class".length()));
              }
            }
          }
        } else if ("jar".equals(url.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
              String n = e.nextElement().getName();
              if (n.startsWith(path + "/")
                  && n.endsWith(".class")
                  && n.indexOf('/', path.length() + 1) < 0
                  && !n.contains("$")) {
                out.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
