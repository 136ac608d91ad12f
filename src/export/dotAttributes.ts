/**
 * Declares newsgraph's own attributes to ts-graphviz's typed attribute keys (its documented way
 * to extend the attribute type system), so the DOT writer can carry every exported attribute.
 * Graphviz keeps attributes it does not know; tools such as gvpr or pydot read them.
 */
/* eslint-disable @typescript-eslint/no-namespace, @typescript-eslint/no-empty-object-type --
   declaration merging into ts-graphviz's namespaces and keyword interfaces is how it is extended */
import type { $keywords } from '@ts-graphviz/common';

type NodeKeys = 'name' | 'kind' | 'labels' | 'aliases' | 'roles' | 'description';
type EdgeKeys =
  | 'type'
  | 'summary'
  | 'about'
  | 'reason'
  | 'when'
  | 'role'
  | 'scope'
  | 'modality'
  | 'confidence'
  | 'statedBy'
  | 'cameo'
  | 'denies'
  | 'sourceArticleIds'
  | 'sourceQuotes'
  | 'sourceStarts'
  | 'sourceArticleTitles';

declare module '@ts-graphviz/common' {
  export namespace NodeAttributeKey {
    export interface $values extends $keywords<NodeKeys> {}
  }
  export namespace EdgeAttributeKey {
    export interface $values extends $keywords<EdgeKeys> {}
  }
  export namespace Attribute {
    export interface $keys extends $keywords<NodeKeys | EdgeKeys> {}
    export interface $types extends Record<NodeKeys | EdgeKeys, string> {}
  }
}
